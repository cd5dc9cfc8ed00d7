/** Size of share images (Open Graph's recommended 1.91:1). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
