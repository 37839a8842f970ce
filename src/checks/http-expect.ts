/** Does `status` match one of `expected`: 200, "2xx" or "200-299". Default: 200-399. */
export function statusMatches(status: number, expected: Array<number | string> | undefined): boolean {
  const list = expected && expected.length > 0 ? expected : ['200-399'];
  return list.some((item) => {
    if (typeof item === 'number') return status === item;
    const cls = /^([1-5])xx$/.exec(item);
    if (cls) return Math.floor(status / 100) === Number(cls[1]);
    const range = /^(\d{3})-(\d{3})$/.exec(item);
    if (range) return status >= Number(range[1]) && status <= Number(range[2]);
    return status === Number(item);
  });
}

export function describeStatuses(expected: Array<number | string> | undefined): string {
  return (expected && expected.length > 0 ? expected : ['200-399']).join(', ');
}

/** expect.body: a substring, or /regex/flags. */
export function bodyMatcher(pattern: string): (body: string) => boolean {
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  if (regex) {
    const compiled = new RegExp(regex[1], regex[2]);
    return (body) => compiled.test(body);
  }
  return (body) => body.includes(pattern);
}
