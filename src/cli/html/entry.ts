// The HTML reader's own bundle (dist/html.js): the CLI requires it only when it reads an HTML source.
export { htmlSource } from './extract';
