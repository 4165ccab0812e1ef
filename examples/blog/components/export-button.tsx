'use client'

import { useEffect, useState } from 'react'

export function ExportButton() {
  const [url, setUrl] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  // Release the previous object URL when a new export replaces it or the component unmounts.
  useEffect(() => {
    return () => {
      if (url) URL.revokeObjectURL(url)
    }
  }, [url])

  async function exportPosts() {
    setError(null)
    const res = await fetch('/api/export', { method: 'POST' })

    if (!res.ok) {
      setError('Export failed')
      return
    }

    const blob = await res.blob()
    setUrl(URL.createObjectURL(blob))
  }

  return (
    <div className="inline">
      <button type="button" onClick={exportPosts}>
        Export CSV
      </button>
      {url && (
        <a href={url} download="posts.csv">
          Download posts.csv
        </a>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  )
}
