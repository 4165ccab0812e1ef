// The versioned API answers with the same handler.
export { POST } from '../../posts/route'
