using System.Buffers.Binary;

namespace IntervisieDocs.Layout;

internal enum ImageFormat
{
    Png,
    Jpeg,
}

/// <summary>The bytes of a PNG or JPEG image and its pixel size, read from its header.</summary>
internal sealed class ImageData
{
    private ImageData(byte[] bytes, ImageFormat format, int pixelWidth, int pixelHeight, string name)
    {
        Bytes = bytes;
        Format = format;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Name = name;
    }

    public byte[] Bytes { get; }

    public ImageFormat Format { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    public string Name { get; }

    /// <exception cref="FormatException">Not a PNG or JPEG file, or its header is damaged.</exception>
    public static ImageData Load(byte[] bytes, string name)
    {
        if (bytes.Length > 24 && bytes.AsSpan(0, 8).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
            var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
            return Valid(new ImageData(bytes, ImageFormat.Png, width, height, name));
        }

        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            return Valid(ReadJpeg(bytes, name));
        }

        throw new FormatException($"{name}: geen PNG- of JPEG-afbeelding.");
    }

    private static ImageData Valid(ImageData image) =>
        image.PixelWidth > 0 && image.PixelHeight > 0
            ? image
            : throw new FormatException($"{image.Name}: afbeelding zonder geldige afmetingen.");

    private static ImageData ReadJpeg(byte[] bytes, string name)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2, 2));
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7, 2));
                return new ImageData(bytes, ImageFormat.Jpeg, width, height, name);
            }

            i += 2 + length;
        }

        throw new FormatException($"{name}: JPEG zonder afmetingen.");
    }
}
