const apiHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Methods', value: 'POST' },
];

export default {
  async headers() {
    return [
      { source: '/api/public/:path*', headers: apiHeaders },
      { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};
