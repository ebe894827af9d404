// The bench pages: every page of ../shared/corpus, in the same order as bench/native.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function pages(shared) {
  const out = [];
  for (const set of ["scrapinghub", "readability", "cwced"]) {
    const root = join(shared, "corpus", set);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root).sort()) {
      const p = join(root, entry);
      if (!statSync(p).isDirectory()) continue;
      const files = entry === "html" ? readdirSync(p).sort().map((f) => join(p, f)) : [join(p, "source.html")];
      for (const f of files) if (existsSync(f)) out.push({ path: f, bytes: readFileSync(f) });
    }
  }
  return out;
}
