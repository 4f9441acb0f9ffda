using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LabourDataset.Generator.Rows
{
    /// <summary>The content hashes that let users pin the exact data: per file, and over the whole package.</summary>
    internal static class ContentHash
    {
        /// <summary>
        /// SHA-256 (lower-case hex) of the file's canonical content: UTF-8, no byte-order mark, line endings as '\n'.
        /// Canonical so that a checkout with CRLF line endings hashes the same as one with LF.
        /// </summary>
        public static string OfFile(string text)
        {
            string canonical = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
            canonical = canonical.Replace("\r\n", "\n").Replace('\r', '\n');
            return Sha256Hex(new UTF8Encoding(false, false).GetBytes(canonical));
        }

        /// <summary>A table read from several files: SHA-256 over the parts' <see cref="OfFile"/> hashes, one '\n'-terminated line each, in order.</summary>
        public static string OfParts(IEnumerable<string> partHashes)
        {
            var sb = new StringBuilder();
            foreach (string hash in partHashes) sb.Append(hash).Append('\n');
            return Sha256Hex(new UTF8Encoding(false).GetBytes(sb.ToString()));
        }

        /// <summary>
        /// SHA-256 over lines "datapackage.json:&lt;hash&gt;" and "&lt;resource path&gt;:&lt;hash&gt;" (package order, '\n'-terminated),
        /// where each hash is <see cref="OfFile"/> of that file.
        /// </summary>
        public static string OfPackage(string descriptorHash, IEnumerable<(string Path, string Hash)> files)
        {
            var sb = new StringBuilder();
            sb.Append("datapackage.json:").Append(descriptorHash).Append('\n');
            foreach ((string path, string hash) in files) sb.Append(path).Append(':').Append(hash).Append('\n');
            return Sha256Hex(new UTF8Encoding(false).GetBytes(sb.ToString()));
        }

        private static string Sha256Hex(byte[] bytes)
        {
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(bytes);
            var sb = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash) sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            return sb.ToString();
        }
    }
}
