using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Verification;

/// <summary>
/// The plain ASP.NET Core key store: one file holding the key ring protected with Data Protection
/// (<see cref="ChatResetUserVerificationOptions.KeyFile"/>). The first request that needs keys while verification is on
/// generates them; <see cref="RotateAsync"/> rotates. Singleton.
/// </summary>
public sealed class FileUserVerificationKeyStore : IUserVerificationKeyStore
{
    private readonly IOptionsMonitor<ChatResetUserVerificationOptions> _options;
    private readonly string _contentRoot;
    private readonly UserVerificationKeyRingProtector _protector;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private volatile UserVerificationKeyRing? _ring;

    public FileUserVerificationKeyStore(
        IOptionsMonitor<ChatResetUserVerificationOptions> options,
        UserVerificationKeyRingProtector protector,
        IHostEnvironment? environment = null,
        TimeProvider? time = null)
    {
        _options = options;
        _contentRoot = environment?.ContentRootPath ?? AppContext.BaseDirectory;
        _protector = protector;
        _time = time ?? TimeProvider.System;
    }

    private string KeyFile => Path.GetFullPath(_options.CurrentValue.KeyFile, _contentRoot);

    /// <inheritdoc />
    public async Task<UserVerificationKeyRing?> GetAsync(HttpContext httpContext)
    {
        if (_ring is { } ring)
        {
            return ring;
        }

        await _writing.WaitAsync();
        try
        {
            _ring ??= await ReadAsync() ?? (_options.CurrentValue.Enabled ? await WriteAsync(UserVerificationKeyRing.Generate(_time.GetUtcNow())) : null);
            return _ring;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>
    /// Rotates the keys: a new signing key, the current one kept published until the tokens it signed have expired.
    /// Generates the first keys when there are none.
    /// </summary>
    public async Task<UserVerificationKeyRing> RotateAsync()
    {
        await _writing.WaitAsync();
        try
        {
            var now = _time.GetUtcNow();
            var current = _ring ?? await ReadAsync();
            _ring = await WriteAsync(current is null
                ? UserVerificationKeyRing.Generate(now)
                : current.Rotate(now, _options.CurrentValue.TokenLifetime));
            return _ring;
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<UserVerificationKeyRing?> ReadAsync()
    {
        if (!File.Exists(KeyFile))
        {
            return null;
        }

        return _protector.Unprotect(await File.ReadAllTextAsync(KeyFile))
            ?? throw new InvalidOperationException(
                $"ChatReset: the user verification keys in {KeyFile} cannot be read with this app's Data Protection keys.");
    }

    private async Task<UserVerificationKeyRing> WriteAsync(UserVerificationKeyRing ring)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        // Written beside and moved over, so that a crash never leaves half a key file.
        var temporary = KeyFile + ".tmp";
        await File.WriteAllTextAsync(temporary, _protector.Protect(ring));
        File.Move(temporary, KeyFile, overwrite: true);
        return ring;
    }
}
