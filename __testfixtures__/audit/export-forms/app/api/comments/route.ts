export const dynamic = 'force-dynamic';

export { GET, POST } from './handlers';
