const apiHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Methods', value: 'POST' },
];

export default {
  async headers() {
    const sameOrigin = [{ key: 'Access-Control-Allow-Origin', value: process.env.NEXT_PUBLIC_BASE_URL }];
    return [
      { source: '/api/public/:path*', headers: apiHeaders },
      { source: '/api/app/:path*', headers: [...sameOrigin, { key: 'Access-Control-Allow-Methods', value: 'POST' }] },
      { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};
