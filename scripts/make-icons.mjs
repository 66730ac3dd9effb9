// Renders public/icon.svg to public/favicon.ico (16, 32 and 48 px PNGs in an ICO container)
// and public/apple-icon.png (180 px). Run after changing the icon: node scripts/make-icons.mjs
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const pub = path.join(process.cwd(), "public");
const svg = fs.readFileSync(path.join(pub, "icon.svg"));
const png = (size) =>
  sharp(svg, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png()
    .toBuffer();

const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(png));
// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG data.
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((image, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(sizes[i] % 256, entry);
  header.writeUInt8(sizes[i] % 256, entry + 1);
  header.writeUInt8(0, entry + 2);
  header.writeUInt8(0, entry + 3);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(image.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
fs.writeFileSync(path.join(pub, "favicon.ico"), Buffer.concat([header, ...images]));
fs.writeFileSync(path.join(pub, "apple-icon.png"), await png(180));
console.log("wrote public/favicon.ico and public/apple-icon.png");
