'use client'

export function ReportForm() {
  return (
    <button
      onClick={async () => {
        await fetch('/api/reports', { method: 'POST', body: JSON.stringify({ title: 'weekly' }) })
      }}
    >
      Report
    </button>
  )
}
