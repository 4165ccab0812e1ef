export interface Settings {
  theme: string
  locale: string
}
