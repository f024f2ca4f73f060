/** Rejects when a call has not settled in time, for clients that have no timeout of their own. */
export function withDeadline<T>(operation: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} took over ${ms} ms`), { name: 'TimeoutError' })), ms);
  });
  return Promise.race([operation, deadline]).finally(() => clearTimeout(timer));
}
