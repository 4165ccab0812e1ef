'use server'

import type { ReportFilter } from '@/lib/report-types'

/** The mobile app filters reports over HTTP. @external /api/reports/filter */
export async function filterReports(filter: ReportFilter) {
  return { unit: filter.unit, tags: filter.tags, from: filter.range.from, to: filter.range.to ?? null }
}
