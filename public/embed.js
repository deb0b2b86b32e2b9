/*! Opbouwwerk uitgelegd embed.js: sizes each iframe[data-opbouwwerk-embed] to its content. No dependencies, sends nothing. Source and contract: docs/embedding.md */
(function(w,d){if(w.opbouwwerkEmbed)return;w.opbouwwerkEmbed=1;var q="iframe[data-opbouwwerk-embed]";
w.addEventListener("message",function(e){var m=e.data,h,l,i,f;if(!e.source||!m||typeof m!="object"||m.type!=="opbouwwerk:resize")return;h=m.height;if(typeof h!="number"||!isFinite(h))return;h=Math.min(1e5,Math.max(0,Math.ceil(h)));
for(l=d.querySelectorAll(q),i=0;i<l.length;i++)if((f=l[i]).contentWindow===e.source){try{if(new URL(f.src).origin!==e.origin)return}catch(x){return}f.style.height=h+"px";return}});
function n(){for(var l=d.querySelectorAll(q),i=0,f;i<l.length;i++)if(!(f=l[i])._oe&&f.offsetHeight){f._oe=1;f.style.height=f.offsetHeight+1+"px"}}
n();d.readyState=="loading"&&d.addEventListener("DOMContentLoaded",n)})(window,document);
