// Clusters: events that found no lane at this zoom level, gathered into count badges.

export interface ClusterGroup<T> {
  /** Position of the badge's centre along the time axis (the first member's position). */
  pos: number;
  members: T[];
}

/**
 * Groups items (in time order, with ascending `pos`) into clusters: an item joins the current
 * cluster while it lies less than `reach` pixels after the cluster's first item. Badges at least
 * `reach` apart and at most `reach` wide (centred on `pos`, half on each side) never overlap.
 */
export function clusterByDistance<T>(
  items: readonly T[],
  pos: (item: T) => number,
  reach: number,
): ClusterGroup<T>[] {
  const out: ClusterGroup<T>[] = [];
  let current: ClusterGroup<T> | undefined;
  for (const item of items) {
    const p = pos(item);
    if (current && p - current.pos < reach) current.members.push(item);
    else out.push((current = { pos: p, members: [item] }));
  }
  return out;
}
