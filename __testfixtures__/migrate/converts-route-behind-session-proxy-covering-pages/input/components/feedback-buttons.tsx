'use client'

export function FeedbackButtons() {
  async function send(score: number) {
    const res = await fetch('/api/feedback', { method: 'POST', body: JSON.stringify({ score }) })
    if (!res.ok) alert(await res.text())
  }
  return (
    <div>
      <button onClick={() => send(1)}>Good</button>
      <button onClick={() => send(-1)}>Bad</button>
    </div>
  )
}
