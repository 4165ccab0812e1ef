import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

/**
 * Gives a server action result `{ ok, status, data }` the shape axios gave the API route
 * it replaced: a response for 2xx, and an AxiosError with `response` otherwise, so code
 * written for axios (`err.response?.data`, `axios.isAxiosError(err)`) keeps working.
 */
export function asAxiosResponse<T>(result: { ok: boolean; status: number; data: T }): AxiosResponse<T> {
  const config: InternalAxiosRequestConfig = { headers: new AxiosHeaders() }
  const response: AxiosResponse<T> = { data: result.data, status: result.status, statusText: '', headers: {}, config }
  if (result.ok) return response
  const code = result.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
  throw new AxiosError(`Request failed with status code ${result.status}`, code, config, undefined, response)
}
