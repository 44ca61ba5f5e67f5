/** Politeness: tasks for one host run one after another, tasks for different hosts side by side. */
export interface HostQueue {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

export const hostQueue = (): HostQueue => {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run: <T>(url: string, task: () => Promise<T>): Promise<T> => {
      const host = new URL(url).host;
      const result = (tails.get(host) ?? Promise.resolve()).then(task);
      const tail = result.catch(() => undefined);
      tails.set(host, tail);
      // Forget an idle host, so a long watch over many hosts keeps no growing map.
      void tail.then(() => {
        if (tails.get(host) === tail) tails.delete(host);
      });
      return result;
    },
  };
};
