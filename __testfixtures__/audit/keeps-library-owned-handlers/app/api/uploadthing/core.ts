export const fileRouter = {};
