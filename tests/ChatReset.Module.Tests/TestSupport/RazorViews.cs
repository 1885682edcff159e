using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Moq;

namespace ChatReset.Module.Tests;

/// <summary>
/// Renders the module's precompiled Razor views with ASP.NET Core's own view engine, as Orchard Core does once it has
/// picked the template for a shape, so tests read the HTML a visitor or editor gets.
/// </summary>
internal static class RazorViews
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var environment = new Mock<IWebHostEnvironment>();
        environment.SetupGet(e => e.ApplicationName).Returns("ChatReset.Module");
        environment.SetupProperty(e => e.ContentRootFileProvider, new NullFileProvider());
        environment.SetupProperty(e => e.WebRootFileProvider, new NullFileProvider());

        var services = new ServiceCollection();
        services.AddSingleton(environment.Object);
        var diagnostics = new DiagnosticListener("ChatReset.Module.Tests");
        services.AddSingleton(diagnostics);
        services.AddSingleton<DiagnosticSource>(diagnostics);
        services.AddLogging();
        services.AddControllersWithViews()
            .AddViewLocalization()
            .AddApplicationPart(typeof(ChatResetConstants).Assembly);
        return services.BuildServiceProvider();
    });

    public static async Task<string> RenderAsync<TModel>(string viewPath, TModel model, ModelStateDictionary? modelState = null, string htmlFieldPrefix = "")
    {
        using var scope = Services.Value.CreateScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());

        var engine = scope.ServiceProvider.GetRequiredService<IRazorViewEngine>();
        var found = engine.GetView(executingFilePath: null, viewPath, isMainPage: false);
        Assert.True(found.Success, $"{viewPath} is not compiled into the module.");

        // Orchard renders a part editor with the driver's prefix as the HTML field prefix, so posted names and
        // model-state keys are "<prefix>.<property>".
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), modelState ?? new ModelStateDictionary()) { Model = model };
        viewData.TemplateInfo.HtmlFieldPrefix = htmlFieldPrefix;

        await using var writer = new StringWriter();
        var tempData = new TempDataDictionary(httpContext, Mock.Of<ITempDataProvider>());
        var viewContext = new ViewContext(actionContext, found.View, viewData, tempData, writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
