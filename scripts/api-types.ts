// npm run api:types: writes the web app's API types from the server's OpenAPI document.
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, renderApiTypes } from '../src/openapi/render-api-types.js';

writeFileSync(API_TYPES_FILE, await renderApiTypes());
console.log(`Wrote ${API_TYPES_FILE}`);
