import { ApiClient, BACKEND_URL } from './api-client'

// Only the methods that bind no `endpoint` of their own use this one.
const endpoint = '/notes'

class LabelsService extends ApiClient {
  createLabel = async (name: string) => {
    const endpoint = BACKEND_URL ? '/label/create' : '/labels'
    return this.post<{ id: string }>(endpoint, { name })
  }

  createTag = async (name: string) => {
    const endpoint = '/tags'
    return this.post<{ id: string }>(endpoint, { name })
  }

  postTo = async (endpoint: string, body: unknown) => {
    return this.post(endpoint, body)
  }

  postWithDefault = async (body: unknown, endpoint = '/labels') => {
    return this.post(endpoint, body)
  }

  postEach = async (endpoints: string[], body: unknown) => {
    for (const endpoint of endpoints) await this.post(endpoint, body)
  }

  retry = async (body: unknown) => {
    try {
      return await this.post('/labels', body)
    } catch (endpoint) {
      return this.post(String(endpoint), body)
    }
  }

  postLater = async (body: unknown) => {
    let endpoint = '/labels'
    if (!body) endpoint = '/tags'
    return this.post(endpoint, body)
  }
}

export const labelsService = new LabelsService()
