import axios, { type AxiosInstance } from 'axios'

export const BACKEND_URL = process.env.NEXT_PUBLIC_BACKEND_URL ?? ''

/** Talks to the backend itself when it is configured, else to this app's /api routes. */
export class ApiClient {
  private client: AxiosInstance = axios.create({ baseURL: BACKEND_URL || '/api' })
  post<T>(url: string, data: unknown) {
    return this.client.post<T>(url, data)
  }
}
