export async function createCharge(amount: number) {
  const res = await fetch('https://api.stripe.com/v1/charges', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
    body: new URLSearchParams({ amount: String(amount), currency: 'usd' }),
  });
  return res.json();
}
