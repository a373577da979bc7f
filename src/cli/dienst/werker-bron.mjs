// Alleen in de tests (uit de bron, zonder build): laadt tsx en dan de werker in TypeScript.
import { register } from 'tsx/esm/api';

register();
const werker = await import(new URL('./werker.ts', import.meta.url).href);
export default werker.default;
