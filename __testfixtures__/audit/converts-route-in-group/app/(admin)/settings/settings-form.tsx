'use client';

import { useState } from 'react';

export function SettingsForm() {
  const [theme, setTheme] = useState('light');

  async function save() {
    await fetch('/api/settings', {
      method: 'POST',
      body: JSON.stringify({ theme }),
    });
  }

  return (
    <div>
      <select value={theme} onChange={(e) => setTheme(e.target.value)}>
        <option>light</option>
        <option>dark</option>
      </select>
      <button onClick={save}>Save</button>
    </div>
  );
}
