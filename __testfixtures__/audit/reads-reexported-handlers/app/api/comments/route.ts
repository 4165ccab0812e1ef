export { POST } from './handlers';
