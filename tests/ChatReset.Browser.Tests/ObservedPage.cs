using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ChatReset.Browser.Tests;

/// <summary>
/// A page plus everything it did that a test may need to assert on: console messages, uncaught errors,
/// unhandled rejections, CSP violations and requests.
/// </summary>
public sealed class ObservedPage : IAsyncDisposable
{
    // Runs before any page script. Playwright injects it outside the page's CSP.
    private const string Recorder = """
        window.__observed = { violations: [], rejections: [] };
        document.addEventListener('securitypolicyviolation', e => window.__observed.violations.push(e.violatedDirective + ' ' + e.blockedURI));
        window.addEventListener('unhandledrejection', e => window.__observed.rejections.push(String(e.reason)));
        """;

    private readonly IBrowserContext _context;

    public ObservedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ConcurrentQueue<string> Console { get; } = new();

    public ConcurrentQueue<string> PageErrors { get; } = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    internal async Task InstallAsync()
    {
        Page.Console += (_, message) => Console.Enqueue($"{message.Type}: {message.Text}");
        Page.PageError += (_, error) => PageErrors.Enqueue(error);
        Page.Request += (_, request) => Requests.Enqueue(request.Url);
        await Page.AddInitScriptAsync(Recorder);
    }

    public int RequestsTo(string pathEnding) => Requests.Count(url => new Uri(url).AbsolutePath.EndsWith(pathEnding, StringComparison.Ordinal));

    public Task<T> EvalAsync<T>(string expression) => Page.EvaluateAsync<T>(expression);

    public Task EvalAsync(string expression) => Page.EvaluateAsync(expression);

    public async Task<string[]> CspViolationsAsync()
    {
        var inPage = await Page.EvaluateAsync<string[]>("() => window.__observed.violations");
        var inConsole = Console.Where(line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        return [.. inPage, .. inConsole];
    }

    public Task<string[]> UnhandledRejectionsAsync() => Page.EvaluateAsync<string[]>("() => window.__observed.rejections");

    /// <summary>Waits until the simulated Salesforce client has fired Ready and shows its chat button.</summary>
    public async Task WaitForChatReadyAsync()
    {
        await Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.ready && document.querySelector('.sim-chat__button')");
    }

    /// <summary>
    /// Opens the chat with the chat button (unless its window is open already), sends a message (the session
    /// starts), and the agent accepts.
    /// </summary>
    public async Task StartConversationAsync(string message = "Hello, I need help with my order")
    {
        await WaitForChatReadyAsync();
        if (await ChatWindow.CountAsync() == 0)
        {
            await Page.ClickAsync(".sim-chat__button");
        }

        await Page.FillAsync(".sim-chat__input", message);
        await Page.Keyboard.PressAsync("Enter");
        Assert.True(await EvalAsync<bool>("() => simulatedSalesforce.agentAccept()"));
    }

    /// <summary>Waits until the reset finished: Salesforce's chat button was re-created after clearSession.</summary>
    public async Task WaitForResetAsync()
    {
        await Page.WaitForFunctionAsync("() => simulatedSalesforce.ready && simulatedSalesforce.clearSessionCalls > 0 && document.querySelector('.sim-chat__button') && !document.querySelector('.sim-chat__window')");
    }

    /// <summary>The agent ends the session; waits until the notice is shown and Salesforce has re-created its button.</summary>
    public async Task AgentEndsAndResetFinishesAsync()
    {
        await EvalAsync("() => simulatedSalesforce.agentEnd()");
        await WaitForNoticeAsync();
        await WaitForResetAsync();
    }

    /// <summary>
    /// The agent ends the session while clearSession waits for Salesforce's chat window, which answers only when a
    /// test calls <c>simulatedSalesforce.answerClearSession()</c>; waits for the notice. Focus is left where it was.
    /// </summary>
    public async Task AgentEndsWhileTheResetWaitsAsync()
    {
        await EvalAsync("() => { simulatedSalesforce.clearSessionMode = 'hang'; simulatedSalesforce.agentEnd(); }");
        await WaitForNoticeAsync();
    }

    /// <summary>Waits until the notice is shown and Salesforce has re-created its button after the reset.</summary>
    public async Task WaitForNoticeAndResetAsync()
    {
        await WaitForNoticeAsync();
        await WaitForResetAsync();
    }

    public Task<int> ClearSessionCallsAsync() => EvalAsync<int>("() => simulatedSalesforce.clearSessionCalls");

    public Task<int> SessionsStartedAsync() => EvalAsync<int>("() => simulatedSalesforce.sessionsStarted");

    public ILocator Notice => Page.Locator("[data-chat-reset-notice]");

    /// <summary>Salesforce's (simulated) chat button.</summary>
    public ILocator ChatButton => Page.Locator(".sim-chat__button");

    /// <summary>Salesforce's (simulated) chat window.</summary>
    public ILocator ChatWindow => Page.Locator(".sim-chat__window");

    /// <summary>Whether the focused element matches <paramref name="selector"/>.</summary>
    public Task<bool> FocusIsOnAsync(string selector) =>
        Page.EvaluateAsync<bool>("selector => !!document.activeElement && document.activeElement.matches(selector)", selector);

    /// <summary>Waits until the focused element matches <paramref name="selector"/>.</summary>
    public Task WaitForFocusOnAsync(string selector) =>
        Page.WaitForFunctionAsync("selector => !!document.activeElement && document.activeElement.matches(selector)", selector);

    /// <summary>Waits until the notice is closed: empty, after it faded out.</summary>
    public Task WaitForNoticeClosedAsync() =>
        Page.WaitForFunctionAsync("() => !document.querySelector('[data-chat-reset-notice]').firstChild");

    /// <summary>Waits until the notice is closed and Salesforce's chat button is back (and focused, unless told not to wait for that).</summary>
    public async Task WaitForChatButtonBackAsync(bool focused = true)
    {
        await WaitForNoticeClosedAsync();
        await ChatButton.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        if (focused)
        {
            await WaitForFocusOnAsync(".sim-chat__button");
        }
    }

    /// <summary>The utilAPI calls the simulated client refused (a false return or a rejected promise).</summary>
    public Task<string[]> RefusedCallsAsync() => EvalAsync<string[]>("() => simulatedSalesforce.refusedCalls");

    public async Task WaitForNoticeAsync()
    {
        await Page.WaitForSelectorAsync("[data-chat-reset-notice] [data-chat-reset-restart]");
    }

    /// <summary>Lets queued tasks and timers of the page run, so that "nothing happened" is really observed.</summary>
    public async Task SettleAsync()
    {
        await Page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 100))");
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }
}
