export type Item = { id: string; name: string }

const items: Item[] = [{ id: '7', name: 'Old name' }]

export function renameItem(id: string, name: string): Item | undefined {
  const item = items.find((i) => i.id === id)
  if (item) item.name = name
  return item
}
