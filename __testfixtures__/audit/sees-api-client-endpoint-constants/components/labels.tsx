'use client'

import { labelsService } from '../lib/labels-service'

export function NewLabel() {
  return <button onClick={() => labelsService.createLabel('urgent')}>Add label</button>
}
