import { ApiClient, BACKEND_URL } from './api-client'

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
}

export const labelsService = new LabelsService()
