/**
 * The most nodes one GPU node group (or the most GPUs one Karpenter NodePool) may scale to without a
 * reviewed exception. One p5.48xlarge costs close to a hundred dollars an hour: the cap bounds what
 * a runaway job or a stolen credential can spend, and is what the GPU capacity component enforces.
 */
export const MAX_GPU_NODES_PER_GROUP = 8;
