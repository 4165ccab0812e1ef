export const API_ROUTE_NOTES = '/api/notes';

export enum ApiPath {
  Pins = '/api/pins',
}
