const posts = [
  { title: 'Hello', body: 'First post' },
  { title: 'Again', body: 'Second post' },
];

async function main() {
  const res = await fetch('http://localhost:3000/api/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(posts),
  });
  console.log(res.status, await res.json());
}

main();
