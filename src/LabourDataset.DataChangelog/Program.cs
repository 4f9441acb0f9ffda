using System.Text;
using LabourDataset.DataChangelog;

Console.OutputEncoding = new UTF8Encoding(false);
return Cli.Run(args, Console.Out, Console.Error);
