// Explanation templates: plain text with {name} placeholders, where a name is one of the
// scenario's phrases or a term (replaced by the label of the option the deal chose).

export type Template = readonly (string | { ref: string })[];

const PLACEHOLDER = /\{([^{}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseTemplate(text: string): Template {
  const parts: (string | { ref: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!NAME.test(name))
      throw new SyntaxError(`"{${name}}" is not a placeholder: write {name} with a phrase or a term`);
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ ref: name });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  const stray = parts.find((part) => typeof part === "string" && /[{}]/.test(part));
  if (stray !== undefined) throw new SyntaxError('unbalanced "{" or "}"');
  return parts;
}

export const placeholders = (template: Template): string[] =>
  template.flatMap((part) => (typeof part === "string" ? [] : [part.ref]));

export function renderTemplate(template: Template, resolve: (name: string) => string): string {
  return template.map((part) => (typeof part === "string" ? part : resolve(part.ref))).join("");
}

/** "a", "a and b", "a, b and c" — with "or" or any other word in place of "and". */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
