export { POST } from '@acme/uploads/next';
