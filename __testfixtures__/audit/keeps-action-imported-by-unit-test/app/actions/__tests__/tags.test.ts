import { expect, it } from 'vitest'
import { createTag } from '../tags'

it('refuses a blank name', async () => {
  expect(await createTag(' ')).toEqual({ error: 'Name required' })
})
