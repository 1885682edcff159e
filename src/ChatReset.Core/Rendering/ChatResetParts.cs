using Microsoft.AspNetCore.Html;

namespace ChatReset.Core.Rendering;

/// <summary>
/// ChatReset's HTML in the two parts a layout may place apart (see <see cref="ChatResetRenderer.RenderParts"/>).
/// The reset script finds the host anywhere in the document, so the assets may go to the page foot.
/// </summary>
/// <param name="Host">
/// The visible part, written where the chat belongs: <c>div.chat-reset[data-chat-reset]</c> with the optional launcher,
/// the notice's wording (a template) and the notice live region. It carries no nonce and is the same for every request.
/// </param>
/// <param name="Assets">
/// The configuration JSON block, the stylesheet link and the deferred reset script, with the request's nonce on the
/// link and the script. Written once per page.
/// </param>
public readonly record struct ChatResetParts(IHtmlContent Host, IHtmlContent Assets);
