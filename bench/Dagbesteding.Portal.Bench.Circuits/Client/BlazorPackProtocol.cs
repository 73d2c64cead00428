using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Dagbesteding.Portal.Bench.Circuits.Client;

/// <summary>
/// The hub at /_blazor only accepts a protocol named "blazorpack". On the wire that is plain SignalR MessagePack;
/// the server's own variant only adds a fast path for render batches, which arrive here as MessagePack binary.
/// </summary>
public sealed class BlazorPackProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _messagePack = new();

    public string Name => "blazorpack";

    public int Version => 1;

    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => version == Version;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        _messagePack.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _messagePack.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _messagePack.GetMessageBytes(message);
}
