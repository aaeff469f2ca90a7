// The sections of a WebAssembly module, for the scripts that read or drop
// one: each is an id byte, a LEB128 size, then its body; a custom section's
// body (id 0) starts with its name.
//
//   for (const { id, name, start, body, end } of sections(bytes)) …
//
// `start` is where the section begins, `body` where its contents do, `end`
// where it ends; `name` is set for custom sections only.
export function* sections(wasm) {
  let at = 8; // past the magic number and the version
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const end = leb() + at;
    const body = at;
    let name;
    if (id === 0) {
      const length = leb();
      name = wasm.subarray(at, at + length).toString("utf8");
    }
    yield { id, name, start, body, end };
    at = end;
  }
}
