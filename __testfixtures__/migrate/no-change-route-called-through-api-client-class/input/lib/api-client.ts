import axios, { type AxiosInstance } from 'axios'

export class ApiClient {
  private client: AxiosInstance = axios.create()
  post<T>(url: string, data: unknown) {
    return this.client.post<T>(url, data)
  }
}

export class PostsService extends ApiClient {
  create(title: string) {
    return this.post('/api/posts', { title })
  }
}
