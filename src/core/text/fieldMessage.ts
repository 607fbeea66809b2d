/**
 * `field "x" is not a known field` when the message goes on from the field as its
 * subject ("is …", "must …"); `field "x": duplicate id …` when it says something
 * of its own. One wording for dataset and config problems alike.
 */
export function withField(field: string, message: string): string {
  return `field "${field}"${/^(is|are|must)\b/.test(message) ? ' ' : ': '}${message}`;
}
