export interface ReportFilter {
  unit: 'Metric' | 'Imperial'
  tags: string[]
  range: { from: string; to?: string }
  note?: string
}
