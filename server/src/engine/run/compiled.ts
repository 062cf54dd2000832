// What a check builds from its options (regexes, above all), built once per distinct
// option value rather than once per draft: every draft of a CLI run, and every edit in
// the language server, has the same options. Keyed by the value's JSON, so equal options
// from different pack objects share one entry; a handful of entries is all a run needs.
export function compiledBy<A, V>(make: (options: A) => V, max = 16): (options: A) => V {
  const memo = new Map<string, V>();
  return (options) => {
    const key = JSON.stringify(options);
    let value = memo.get(key);
    if (value === undefined) {
      value = make(options);
      if (memo.size >= max) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
