import { NextResponse } from 'next/server';

export const POST = async (req: Request) => {
  const { postId } = await req.json();
  return NextResponse.json({ liked: postId });
};
