/**
 * What every server action answers: nothing when it worked (or it redirects), an error in words for
 * the whole form, errors by field, and whatever a form keeps showing (`Extra`, e.g. the name typed).
 */
export type ActionResult<Extra extends object = object> = {
  error?: string;
  fields?: Partial<Record<string, string>>;
} & Extra;
